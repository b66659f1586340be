#!/usr/bin/env bash
# AI BOM at scale: a generated repository (never committed) with 5,000 dependencies (3,000 pinned
# Python requirements with hashes + 2,000 npm packages in a package-lock.json) and a 2 GB model
# folder (two 1 GiB safetensors shards). `bulwark bom` must finish within the time `sha256sum`
# takes to hash the same model bytes plus one second; the hashing throughput of both is reported.
source "$(dirname "$0")/lib.sh"
build_release
repo="$BENCH_WORK/bom-repo"
if [ ! -f "$repo/.done" ]; then
  rm -rf "$repo"
  mkdir -p "$repo/models/big-model" "$repo/web"
  python3 - "$repo" <<'PY'
import hashlib, json, os, struct, sys
root = sys.argv[1]
with open(os.path.join(root, "requirements.txt"), "w") as f:
    for i in range(3000):
        h = hashlib.sha256(f"pkg{i}".encode()).hexdigest()
        f.write(f"package-{i}=={i % 7}.{i % 13}.{i % 5} \\\n    --hash=sha256:{h}\n")
pkgs = {"": {"name": "web", "version": "1.0.0", "dependencies": {f"npm-{i}": "*" for i in range(0, 2000, 10)}}}
for i in range(2000):
    deps = {f"npm-{j}": "*" for j in (i + 1, i + 2) if j < 2000}
    pkgs[f"node_modules/npm-{i}"] = {"version": f"1.{i % 9}.{i % 4}", "integrity": "sha512-" + "A" * 86 + "==",
                                     "resolved": f"https://registry.npmjs.org/npm-{i}/-/npm-{i}-1.0.0.tgz", "dependencies": deps}
json.dump({"name": "web", "lockfileVersion": 3, "packages": pkgs}, open(os.path.join(root, "web", "package-lock.json"), "w"))
md = os.path.join(root, "models", "big-model")
json.dump({"architectures": ["LlamaForCausalLM"], "model_type": "llama", "_name_or_path": "bench/big-model"}, open(os.path.join(md, "config.json"), "w"))
open(os.path.join(md, "README.md"), "w").write("---\nlicense: apache-2.0\nbase_model: meta-llama/Llama-3.2-1B\ndatasets: [bench/corpus]\n---\n# big\n")
size = 1 << 30
for shard in (1, 2):
    n = size // 2  # BF16 elements
    header = json.dumps({"w": {"dtype": "BF16", "shape": [n], "data_offsets": [0, size]}}).encode()
    header += b" " * ((8 - len(header) % 8) % 8)
    with open(os.path.join(md, f"model-0000{shard}-of-00002.safetensors"), "wb") as f:
        f.write(struct.pack("<Q", len(header)) + header)
        block = os.urandom(1 << 20)
        for k in range(size >> 20):
            f.write(block[k % 7:] + block[:k % 7])
open(os.path.join(root, ".done"), "w").close()
PY
fi
model_bytes=$(cat "$repo"/models/big-model/*.safetensors | wc -c)
echo "machine: $(machine)"
echo "model bytes: $model_bytes"
cat "$repo"/models/big-model/*.safetensors > /dev/null   # warm the page cache for both tools
measure "sha256sum 2 GB model" 3 -- sh -c "sha256sum '$repo'/models/big-model/*.safetensors"
sha=$(tail -n 1 "$BENCH_RESULTS" | cut -f2)
measure "bulwark bom (5,000 deps + 2 GB model)" 3 -- "$BULWARK" bom "$repo" --deterministic --no-scan --output "$BENCH_WORK/bom.cdx.json"
bom=$(tail -n 1 "$BENCH_RESULTS" | cut -f2)
components=$(grep -c '"bom-ref"' "$BENCH_WORK/bom.cdx.json" || true)
awk -v b="$model_bytes" -v s="$sha" -v m="$bom" -v c="$components" 'BEGIN {
  printf "sha256sum: %.2f s (%.0f MB/s)   bulwark bom: %.2f s (%.0f MB/s of model bytes), %d bom-refs\n", s, b / s / 1e6, m, b / m / 1e6, c
  if (m <= s + 1.0) print "PASS: bulwark bom <= sha256sum + 1 s"; else { print "FAIL: bulwark bom > sha256sum + 1 s"; exit 1 }
}'
