from juryapp.cli import entry

entry()
