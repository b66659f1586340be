/// Every credential type Bulwark knows, as data.
public enum SecretCatalog {
    public static let patterns: [SecretPattern] = AICatalog.all + PlatformCatalog.all + ServicesCatalog.all + VendorCatalog.all + CoverageCatalog.all

    /// One engine over every pattern, built once.
    public static let engine = SecretEngine(patterns: patterns)

    public static func pattern(_ id: String) -> SecretPattern? { patterns.first { $0.id == id } }
}
