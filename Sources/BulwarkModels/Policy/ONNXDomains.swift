/// ONNX operator domains: which ones a runtime implements itself and which need a user-registered
/// custom-op library (native code) before the model can be loaded.
enum ONNXDomains {
    enum Kind: Equatable { case standard, knownExtension, pytorchInternal, tensorRTPlugin, custom }

    /// The ONNX standard domains and the domains onnxruntime (and its execution providers) implement
    /// without a user library (`include/onnxruntime/core/graph/constants.h`), plus OpenVINO's built-in
    /// ONNX frontend extensions.
    static let builtIn: Set<String> = [
        "", "ai.onnx", "ai.onnx.ml", "ai.onnx.training", "ai.onnx.preview.training",
        "com.microsoft", "com.microsoft.nchwc", "com.microsoft.mlfeaturizers", "com.microsoft.experimental",
        "com.microsoft.dml", "com.ms.internal.nhwc", "com.intel.ai", "com.xilinx", "org.pytorch.aten",
        "org.openvinotoolkit",
    ]

    /// onnxruntime-extensions (a published package; still a native library the user registers).
    static let extensions: Set<String> = ["ai.onnx.contrib", "com.microsoft.extensions"]

    /// Domains torch.onnx exports give TensorRT plugin nodes (`TRT::EfficientNMS_TRT` in YOLO end-to-end
    /// exports): TensorRT's own plugin library runs the standard ones, other runtimes refuse the model.
    static let tensorRT: Set<String> = ["TRT", "trt", "trt.plugins"]

    static func classify(_ domain: String) -> Kind {
        if builtIn.contains(domain) { return .standard }
        if extensions.contains(domain) { return .knownExtension }
        if tensorRT.contains(domain) { return .tensorRTPlugin }
        if domain.hasPrefix("org.pytorch.") { return .pytorchInternal }
        return .custom
    }

    /// The domain for a message: control characters escaped, at most 120 characters.
    static func printable(_ domain: String) -> String {
        var out = ""
        for u in domain.unicodeScalars.prefix(120) {
            if u.value < 0x20 || u.value == 0x7F || u == "`" { out += "\\u{\(String(u.value, radix: 16))}" } else { out.unicodeScalars.append(u) }
        }
        return domain.unicodeScalars.count > 120 ? out + "…" : out
    }
}
