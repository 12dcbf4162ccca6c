#!/bin/sh
# Builds target/deb/warroom_VERSION_amd64.deb from the app-image. Called by packaging/pom.xml from packaging/:
#   linux/build-deb.sh IMAGE_DIR DEST_DIR VERSION
# The image's class-data archives (the console's and the command line's) record the build's own paths, so they
# stay out of the package: the postinst makes /opt/warroom's own from the class lists that ship.
set -eu
image=$1
dest=$2
version=$3
staging=$(dirname "$dest")/deb-staging
rm -rf "$staging" "$dest"
mkdir -p "$staging"
cp -a "$image" "$staging/"
rm -f "$staging/WarRoom/lib/app/warroom.jsa" "$staging/WarRoom/lib/app/warroom-cds.log" \
    "$staging/WarRoom/lib/app/warroom-cli.jsa" "$staging/WarRoom/lib/app/warroom-cli-cds.log"
echo "packaging: jpackage deb (gzip)"
DPKG_DEB_COMPRESSOR_TYPE=gzip jpackage @linux/jpackage-deb.args --app-image "$staging/WarRoom" --dest "$dest" --app-version "$version"
rm -rf "$staging"
ls "$dest"/warroom_*_amd64.deb
