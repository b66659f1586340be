import ArgumentParser
import BulwarkBOM
import BulwarkCore
import BulwarkKit
import Foundation

struct BomCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bom",
        abstract: "Write an AI bill of materials (CycloneDX 1.6/1.7 or SPDX 3.0.1) of a repository.",
        discussion: """
        Lists libraries from lockfiles (purl, hashes, scope, dependency graph), each
        model folder or file (per-file SHA-256, format, parameters and dtypes from
        headers, license, model card from README front matter and config.json, base
        models as pedigree, datasets as data components), Hugging Face models
        referenced in code (with the pinned revision), container base images from
        Dockerfiles, GitHub Actions from workflows, OS packages of an image root
        (--rootfs), the model scanner's verdict and the model-signing root digest of
        signed models.

        Examples:
          bulwark bom
              CycloneDX 1.6 JSON of the current folder
          bulwark bom . --format spdx --output bom.spdx.json
          bulwark bom examples/demo-ai-app --deterministic --output bom.cdx.json
          bulwark bom . --spec-version 1.7
          bulwark bom . --rootfs /tmp/image-root
              add the OS packages of an unpacked image

        Exit codes: 0 written, 2 usage error or unreadable input.
        """
    )

    @Argument(help: "Repository folder.")
    var path: String = "."

    @Option(name: .shortAndLong, help: "cyclonedx or spdx.")
    var format: String = "cyclonedx"

    @Option(name: .shortAndLong, help: "Write the BOM to FILE instead of standard output.")
    var output: String?

    @Flag(help: "Stable output: sorted, no timestamp, serial number derived from the content.")
    var deterministic = false

    @Option(name: .customLong("spec-version"), help: "CycloneDX spec version: 1.6 or 1.7.")
    var specVersion: String = "1.6"

    @Option(help: "Root folder of an unpacked container image: adds its dpkg/apk packages.")
    var rootfs: String?

    @Flag(name: .customLong("no-scan"), help: "Do not run the model scanner (verdicts become not-scanned).")
    var noScan = false

    @Option(name: .shortAndLong, help: "Configuration file whose excludes apply (default: .bulwark.yml in the folder).")
    var config: String?

    func run() throws {
        let fmt = format.lowercased()
        guard fmt == "cyclonedx" || fmt == "spdx" || fmt == "cdx" else { throw CLIError("unknown format `\(format)`; use cyclonedx or spdx") }
        guard specVersion == "1.6" || specVersion == "1.7" else { throw CLIError("unsupported --spec-version \(specVersion); use 1.6 or 1.7") }
        try PathValidation.requireFolder(path, what: "a repository folder to describe")
        if let rootfs { try PathValidation.requireFolder(rootfs, what: "--rootfs: the root folder of an unpacked image") }
        if let output { try PathValidation.checkOutput(output) }
        var options = BOMOptions()
        options.rootfs = rootfs
        // Same files as `scan`: the configuration's excludes and the default excludes.
        options.configuration = try ConfigLoader.load(explicit: config, scanPaths: [path])
        options.toolVersion = BulwarkVersion.current
        // One walk: the models scan's files are the BOM's files (same configuration, same excludes).
        if !noScan, let scan = ModelScan.run(path: path, configuration: options.configuration) {
            options.verdicts = ModelScan.verdicts(scan)
            options.walkedFiles = scan.sourceFiles
        }
        let inventory = BOMBuilder.build(path: path, options: options)
        for n in inventory.notes.prefix(50) { Terminal.note("note: \(n)") }
        let text = fmt == "spdx"
            ? SPDXWriter.render(inventory, deterministic: deterministic, toolVersion: BulwarkVersion.current)
            : CycloneDXWriter.render(inventory, specVersion: specVersion, deterministic: deterministic, toolVersion: BulwarkVersion.current)
        if let output {
            try PathValidation.write(Data(text.utf8), to: output)
            Terminal.note("Wrote \(fmt == "spdx" ? "SPDX 3.0.1" : "CycloneDX \(specVersion)") BOM with \(inventory.components.count) components to \(output).")
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
    }
}
