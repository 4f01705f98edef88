"""The Qt desktop interface. The only package of juryapp that imports PySide6."""
