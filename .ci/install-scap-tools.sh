#!/usr/bin/env bash
# Installs what the OpenSCAP scan of the OS baseline needs (test/os/cis-scan.test.ts, npm run os:scan):
#   openscap-scanner -> oscap (offline probes, OSCAP_PROBE_ROOT)
#   debootstrap      -> a Debian 12 root filesystem from deb.debian.org
#   util-linux       -> unshare (a private mount namespace for the chroot)
# and the SCAP Security Guide content for Debian 12 under /opt/rampart/ssg-debian.
# bookworm's ssg-debian (0.1.65) and trixie's (0.1.76) have no CIS profile for Debian 12; sid's does
# (xccdf_org.ssgproject.content_profile_cis_level1_server in ssg-debian12-ds.xml). So the package is
# fetched from sid with a throwaway sources list and unpacked (dpkg-deb -x), never installed: the
# host's apt sources, lists and dpkg state are left as they were.
# Idempotent: does nothing when the tools and the content are present.
set -euo pipefail

SSG_DIR=/opt/rampart/ssg-debian
DATASTREAM="$SSG_DIR/usr/share/xml/scap/ssg/content/ssg-debian12-ds.xml"
KEYRING=/usr/share/keyrings/debian-archive-keyring.gpg

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
root() { ${as_root[@]+"${as_root[@]}"} "$@"; }

packages=()
if ! command -v oscap >/dev/null 2>&1; then packages+=(openscap-scanner); fi
if [ ! -x /usr/sbin/debootstrap ]; then packages+=(debootstrap); fi
if ! command -v unshare >/dev/null 2>&1; then packages+=(util-linux); fi
# debootstrap checks Release signatures with this keyring; apt-get download of sid needs it too.
if [ ! -e "$KEYRING" ]; then packages+=(debian-archive-keyring); fi

start=$(date +%s)
if [ "${#packages[@]}" -gt 0 ]; then
  echo "install-scap-tools: installing ${packages[*]}"
  root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
fi

if [ ! -e "$DATASTREAM" ]; then
  echo "install-scap-tools: fetching ssg-debian from Debian sid (unpacked into $SSG_DIR, not installed)"
  work=$(mktemp -d)
  trap 'root rm -rf "$work"' EXIT
  mkdir -p "$work/lists/partial" "$work/archives/partial"
  printf 'deb [signed-by=%s] http://deb.debian.org/debian sid main\n' "$KEYRING" >"$work/sid.list"
  apt_sid=(-o "Dir::Etc::SourceList=$work/sid.list" -o "Dir::Etc::SourceParts=-" -o "Dir::State::Lists=$work/lists"
    -o "Dir::Cache::Archives=$work/archives" -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "APT::Sandbox::User=root")
  root apt-get "${apt_sid[@]}" update -qq
  (cd "$work" && root apt-get "${apt_sid[@]}" download -qq ssg-debian)
  deb=$(ls "$work"/ssg-debian_*.deb)
  root rm -rf "$SSG_DIR"
  root mkdir -p "$SSG_DIR"
  root dpkg-deb -x "$deb" "$SSG_DIR"
  # Which content the pass rate was measured with.
  dpkg-deb -f "$deb" Version | root tee "$SSG_DIR/VERSION" >/dev/null
  if [ ! -e "$DATASTREAM" ]; then
    echo "install-scap-tools: ssg-debian $(cat "$SSG_DIR/VERSION") has no $DATASTREAM" >&2
    exit 1
  fi
fi
if ! grep -q 'xccdf_org.ssgproject.content_profile_cis_level1_server' "$DATASTREAM"; then
  echo "install-scap-tools: $DATASTREAM has no CIS Level 1 Server profile" >&2
  exit 1
fi
echo "install-scap-tools: oscap, debootstrap, unshare and ssg-debian $(cat "$SSG_DIR/VERSION") present ($(( $(date +%s) - start ))s)"
