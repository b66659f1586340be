#!/usr/bin/env python3
"""Regenerates Sources/BulwarkDependencies/Typosquat/PopularPackagesData.swift from ranked package lists
(pypi.tsv: name, version, month, rank; npm.tsv: name, version, downloads a month)."""
import sys

def main(pypi_tsv, npm_tsv, out):
    pypi, npm = [], []
    with open(pypi_tsv) as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) >= 4 and p[3].strip().isdigit():
                pypi.append((int(p[3]), p[0]))
    with open(npm_tsv) as f:
        next(f)
        for line in f:
            p = line.rstrip('\n').split('\t')
            if len(p) >= 3 and p[2].strip().isdigit():
                npm.append((-int(p[2]), p[0]))
    pypi.sort(); npm.sort()
    def chunk(names):
        out, cur = [], ''
        for n in names:
            if len(cur) + len(n) + 1 > 110:
                out.append(cur); cur = ''
            cur += n + ' '
        out.append(cur)
        return '\n'.join(out)
    with open(out, 'w') as f:
        f.write('// Generated; see scripts/bench/dependencies-popular.py.\n\nextension PopularPackages {\n')
        f.write('    static let pypiRanked = """\n%s\n"""\n\n' % chunk([n for _, n in pypi[:15000]]))
        f.write('    static let npmRanked = """\n%s\n"""\n}\n' % chunk([n for _, n in npm[:20000]]))

if __name__ == '__main__':
    main(*sys.argv[1:4])
