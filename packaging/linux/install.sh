#!/bin/sh
# Install the juryapp application folder (the folder this script is in) on Linux.
#
#   ./install.sh               for this user: ~/.local/opt/juryapp, ~/.local/bin/juryapp,
#                              menu entry, icons and the .jury / .jurypkg types in ~/.local/share
#   sudo ./install.sh --system for everyone: /opt/juryapp, /usr/local/bin/juryapp, /usr/local/share
#   ./install.sh --uninstall   (with --system as installed) removes them; sessions are kept
#
# Double-clicking a .jury file then opens it in juryapp (a .jurypkg opens the hand-off dialog).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
scope=user
action=install
for arg in "$@"; do
    case $arg in
        --system) scope=system ;;
        --uninstall) action=uninstall ;;
        -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "install.sh : option inconnue « $arg » (--system, --uninstall)" >&2; exit 2 ;;
    esac
done

if [ "$scope" = system ]; then
    prefix=/opt/juryapp
    bindir=/usr/local/bin
    share=/usr/local/share
else
    prefix=$HOME/.local/opt/juryapp
    bindir=$HOME/.local/bin
    share=${XDG_DATA_HOME:-$HOME/.local/share}
fi
icons=$share/icons/hicolor
types="application/x-juryapp-session application/x-juryapp-package"
sizes="16 24 32 48 64 128 256"

refresh() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime" || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database "$share/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t -f "$icons" || true; fi
}

if [ "$action" = uninstall ]; then
    rm -f "$bindir/juryapp" "$share/applications/juryapp.desktop" "$share/mime/packages/juryapp-mime.xml"
    rm -f "$icons/scalable/apps/juryapp.svg"
    for size in $sizes; do
        rm -f "$icons/${size}x$size/apps/juryapp.png"
        for type in $types; do rm -f "$icons/${size}x$size/mimetypes/$(echo "$type" | tr / -).png"; done
    done
    if [ -x "$prefix/juryapp" ]; then rm -rf "$prefix"; fi
    refresh
    echo "juryapp désinstallé ($prefix) ; les sessions et les données de l'utilisateur sont gardées."
    exit 0
fi

if [ ! -x "$here/juryapp" ] || [ ! -d "$here/_internal" ]; then
    echo "install.sh : lancez-le depuis le dossier de l'application (juryapp et _internal/ à côté)" >&2
    exit 2
fi

# The application folder, replaced as a whole (an older version's files never linger).
if [ "$here" != "$prefix" ]; then
    if [ -e "$prefix" ] && [ ! -x "$prefix/juryapp" ]; then
        echo "install.sh : $prefix existe et n'est pas une installation de juryapp : rien n'est fait" >&2
        exit 2
    fi
    mkdir -p "$(dirname "$prefix")"
    rm -rf "$prefix.new"
    cp -a "$here" "$prefix.new"
    rm -rf "$prefix"
    mv "$prefix.new" "$prefix"
fi

mkdir -p "$bindir" "$share/applications" "$share/mime/packages" "$icons/scalable/apps"
ln -sf "$prefix/juryapp" "$bindir/juryapp"

# The menu entry runs the installed program by its full path (~/.local/bin may not be on the
# desktop session's PATH).
sed -e "s|^Exec=juryapp |Exec=$prefix/juryapp |" -e "s|^TryExec=juryapp\$|TryExec=$prefix/juryapp|" \
    "$prefix/share/juryapp.desktop" >"$share/applications/juryapp.desktop"
cp "$prefix/share/juryapp-mime.xml" "$share/mime/packages/juryapp-mime.xml"

shipped=$prefix/_internal/juryapp/resources/icons
cp "$shipped/juryapp.svg" "$icons/scalable/apps/juryapp.svg"
for size in $sizes; do
    mkdir -p "$icons/${size}x$size/apps" "$icons/${size}x$size/mimetypes"
    cp "$shipped/juryapp-$size.png" "$icons/${size}x$size/apps/juryapp.png"
    for type in $types; do cp "$shipped/juryapp-$size.png" "$icons/${size}x$size/mimetypes/$(echo "$type" | tr / -).png"; done
done
refresh

# This user's default for the two types (a system install is the only application that
# declares them: it is their default without asking).
if [ "$scope" = user ] && command -v xdg-mime >/dev/null 2>&1; then
    for type in $types; do xdg-mime default juryapp.desktop "$type" || true; done
fi

echo "juryapp installé dans $prefix ; commande : $bindir/juryapp ; les fichiers .jury s'ouvrent par un double-clic."
