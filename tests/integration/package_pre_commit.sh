#!/usr/bin/env bash
# The pre-commit hook with nothing built: pre_commit.sh's real pre-commit run, with the tarball's
# bin/ as the only preflight on PATH (docs/install.md "The pre-commit hook").
source "$(dirname "$0")/package_common.sh"
name=preflight-$VERSION-linux-$(uname -m)
need_package "$PACKAGES/$name.tar.gz"
tar -xzf "$PACKAGES/$name.tar.gz" -C "$work"
bash "$ROOT/tests/integration/pre_commit.sh" "$work/$name/bin/preflight" "$ROOT" "$BUILD"
