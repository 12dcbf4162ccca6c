#!/bin/sh
# Builds the Linux app-image and bakes its class-data archive. Called by packaging/pom.xml from packaging/:
#   linux/build-image.sh INPUT_DIR IMAGE_PARENT VERSION
# Leaves IMAGE_PARENT/WarRoom with bin/WarRoom (console), bin/warroom (command line), lib/app (jars, plans,
# desktop files, icons, the training run's class list and the archive built from it).
set -eu
input=$1
dest=$2
version=$3
image=$dest/WarRoom

cp linux/warroom-cds.sh "$input/warroom-cds.sh"
cp linux/warroom-cli-cds.sh "$input/warroom-cli-cds.sh"
mkdir -p "$input/desktop/icons"
cp linux/desktop/warroom.desktop linux/desktop/warroom-mime.xml "$input/desktop/"
for size in 16 22 24 32 48 64 128 256 512; do
    cp "icons/png/warroom-$size.png" "$input/desktop/icons/"
done

rm -rf "$dest"
echo "packaging: jpackage app-image"
jpackage @jpackage-image.args @linux/jpackage.args --input "$input" --dest "$dest" --app-version "$version"
# jlink's archive for heaps over 32 GB, which WarRoom never asks for (10 MB).
rm -f "$image/lib/runtime/lib/server/classes_nocoops.jsa"

sh linux/cds-train.sh "$image"
sh "$image/lib/app/warroom-cds.sh"
sh linux/cds-check.sh "$image"

sh linux/cds-train-cli.sh "$image"
sh "$image/lib/app/warroom-cli-cds.sh"
sh linux/cds-check-cli.sh "$image"
