/// The version reported by `bulwark --version`, in SARIF and JSON output.
public enum BulwarkVersion {
    public static let current = "0.1.0"
}
