#!/usr/bin/env bash
# Wraps "dist/PR Studio.app" (built by packaging/build.sh freeze) into a DMG a user opens and
# drags onto the Applications link. Signing and notarisation run only when configured:
#   MACOS_SIGN_IDENTITY   "Developer ID Application: …" in the keychain; PyInstaller already signed
#                         the app with it (hardened runtime, packaging/macos/entitlements.plist)
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   an app-specific password for notarytool
# Without them each step prints "skipped: …" and the DMG is still built (the app is signed ad hoc,
# so Gatekeeper asks the user to confirm the first start: right-click, Open).
set -euo pipefail
cd "$(dirname "$0")/../.."

app="dist/PR Studio.app"
test -d "$app" || { echo "Build first: bash packaging/build.sh freeze" >&2; exit 1; }
version=$(/usr/libexec/PlistBuddy -c "Print :CFBundleShortVersionString" "$app/Contents/Info.plist")
dmg="dist/PRStudio-$version-macos-$(uname -m).dmg"

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$app"
else
    echo "skipped: no certificate (MACOS_SIGN_IDENTITY is not set); the app is signed ad hoc only"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
ditto "$app" "$staging/PR Studio.app"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
# hdiutil on CI runners now and then reports "Resource busy"; a second try succeeds.
for attempt in 1 2 3; do
    hdiutil create -volname "PR Studio $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg" && break
    [ "$attempt" = 3 ] && exit 1
    sleep 5
done

if [ -n "${MACOS_SIGN_IDENTITY:-}" ]; then
    codesign --sign "$MACOS_SIGN_IDENTITY" --timestamp "$dmg"
fi
if [ -n "${MACOS_SIGN_IDENTITY:-}" ] && [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    xcrun notarytool submit "$dmg" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
        --password "$APPLE_APP_PASSWORD" --wait
    xcrun stapler staple "$dmg"
    spctl --assess --type open --context context:primary-signature --verbose=2 "$dmg"
else
    echo "skipped: no notarisation (needs MACOS_SIGN_IDENTITY, APPLE_ID, APPLE_TEAM_ID and APPLE_APP_PASSWORD)"
fi
echo "$dmg"
