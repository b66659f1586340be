import BulwarkCore

/// Scans a file too large to read whole in bounded pieces: chunk `k` is scanned with `overlap`
/// bytes of context on each side and keeps only the hits that start inside it, so every secret is
/// reported once, with its line counted across chunks. UTF-16 files (byte order mark or the
/// alternating-zero pattern at the start) are transcoded chunk by chunk. Binary content (a NUL in
/// the first 8000 bytes of a file whose name does not say it is text) is skipped as for whole files.
enum ChunkedScan {
    static func run(file: SourceFile, engine: SecretEngine, chunkBytes: Int, overlap: Int,
                    report: (SecretHit, Int, Int, String?) -> Void) {
        let size = file.size
        guard size > 0 else { return }
        let head = (try? file.read(offset: 0, length: min(size, 8000))) ?? []
        let utf16 = SecretViews.utf16Order(head[...])
        if utf16 == nil, !SecretViews.isTextByName(file), SecretViews.isBinary(head) { return }
        // Even sizes keep UTF-16 code units whole.
        let chunk = max(2, chunkBytes & ~1), margin = max(0, overlap & ~1)
        let bom = utf16?.bomLength ?? 0
        let encoding = utf16.map { "\($0.0.rawValue) text" }
        var line = 1          // line number at the start of the current core
        var column = 0        // bytes of that line before the core starts
        var core = bom
        while core < size {
            let lo = max(bom, core - margin), hi = min(size, core + chunk + margin)
            guard let raw = try? file.read(offset: lo, length: hi - lo), !raw.isEmpty else { return }
            let coreRaw = (core - lo)..<min(raw.count, core - lo + chunk)
            // The text to scan and where the core sits in it.
            let text: [UInt8], coreText: Range<Int>
            if let (order, _) = utf16 {
                let before = SecretViews.transcodeUTF16(raw[..<coreRaw.lowerBound], order)
                let middle = SecretViews.transcodeUTF16(raw[coreRaw], order)
                let after = SecretViews.transcodeUTF16(raw[coreRaw.upperBound...], order)
                text = before + middle + after
                coreText = before.count..<(before.count + middle.count)
            } else {
                text = raw
                coreText = coreRaw
            }
            let hits = engine.scanParallel(text, path: file.relativePath).filter { coreText.contains($0.range.lowerBound) }
            // One sweep over the core assigns lines and columns to the (ordered) hits.
            var k = coreText.lowerBound
            var l = line, lineStart = coreText.lowerBound - column
            for h in hits {
                while k < h.range.lowerBound {
                    if text[k] == 0x0A { l += 1; lineStart = k + 1 }
                    k += 1
                }
                report(h, l, h.range.lowerBound - lineStart + 1, encoding)
            }
            while k < coreText.upperBound {
                if text[k] == 0x0A { l += 1; lineStart = k + 1 }
                k += 1
            }
            line = l
            column = coreText.upperBound - lineStart
            core += coreRaw.count
            if coreRaw.isEmpty { return }
        }
    }
}
