#!/usr/bin/env bash
# Installs the real tools test/os checks the rendered OS baseline with, when they are missing:
#   cloud-init      -> `cloud-init schema` (and python3 with PyYAML, its dependencies)
#   openssh-server  -> `sshd -t` / `sshd -T` (ssh-keygen comes with openssh-client)
#   procps          -> `sysctl --dry-run`
#   sudo            -> `visudo -c` (the sudoers drop-in and its install guard)
#   kmod            -> `modprobe --showconfig` (the kernel-module blacklist)
#   pamtester, libpam-pwquality, cracklib-runtime (dictcheck's dictionary), openssl -> the PAM items, applied in a scratch root (test/os/pam.test.ts);
#                      installing libpam-pwquality adds Debian's pam_pwquality line to this machine's common-password
#   aide, aide-common -> `aide --config-check` on the rendered AIDE configuration (test/os/cis-system.test.ts)
#   logrotate       -> `logrotate -d` on the rendered logrotate configuration
#   systemd         -> `systemd-analyze verify` / `cat-config` on the rendered units and drop-ins
# Idempotent: does nothing when the tools are present. Never starts the services it installs.
set -euo pipefail

packages=()
if ! command -v cloud-init >/dev/null 2>&1 || [ ! -x /usr/sbin/sshd ]; then
  packages+=(cloud-init openssh-server)
fi
if ! command -v sysctl >/dev/null 2>&1 && [ ! -x /usr/sbin/sysctl ] && [ ! -x /sbin/sysctl ]; then
  packages+=(procps)
fi
if [ ! -x /usr/sbin/visudo ]; then packages+=(sudo); fi
if [ ! -x /usr/sbin/modprobe ] && [ ! -x /sbin/modprobe ]; then packages+=(kmod); fi
if ! command -v pamtester >/dev/null 2>&1; then packages+=(pamtester); fi
if [ ! -e /usr/share/pam-configs/pwquality ]; then packages+=(libpam-pwquality); fi
if [ ! -e /var/cache/cracklib/cracklib_dict.pwd ]; then packages+=(cracklib-runtime); fi
if ! command -v openssl >/dev/null 2>&1; then packages+=(openssl); fi
if [ ! -x /usr/bin/aide ] || [ ! -x /usr/sbin/aideinit ]; then packages+=(aide aide-common); fi
if [ ! -x /usr/sbin/logrotate ]; then packages+=(logrotate); fi
if ! command -v systemd-analyze >/dev/null 2>&1; then packages+=(systemd); fi
if [ "${#packages[@]}" -eq 0 ]; then
  echo "install-os-tools: cloud-init, sshd, sysctl, visudo, modprobe, pamtester, pam_pwquality, openssl, aide, logrotate and systemd-analyze already present"
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi

# Debian's maintainer scripts ask policy-rc.d before starting a service; 101 means "not now".
# Only add one when none exists, and remove it afterwards.
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' | ${as_root[@]+"${as_root[@]}"} tee "$policy" >/dev/null
  ${as_root[@]+"${as_root[@]}"} chmod 0755 "$policy"
  trap '${as_root[@]+"${as_root[@]}"} rm -f "$policy"' EXIT
fi

echo "install-os-tools: installing ${packages[*]}"
start=$(date +%s)
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
echo "install-os-tools: done in $(( $(date +%s) - start ))s"
