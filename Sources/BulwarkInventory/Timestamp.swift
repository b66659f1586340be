import Foundation

/// ISO-8601 timestamps as stored in the inventory: UTC, seconds precision, `Z` suffix, so that
/// text order is time order on both engines.
public enum Timestamp {
    public static func format(_ date: Date) -> String {
        var f = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
        f = f.year().month().day().time(includingFractionalSeconds: false).timeZone(separator: .omitted)
        return date.formatted(f).replacingOccurrences(of: "+0000", with: "Z")
    }

    /// Parses the forms generators write: `2024-03-29T12:00:00Z`, with fractional seconds, with an
    /// offset, or a bare date.
    public static func parse(_ text: String) -> Date? {
        let s = text.trimmingCharacters(in: .whitespaces)
        guard s.count >= 10, s.count <= 64 else { return nil }
        let withFraction = ISO8601DateFormatter()
        withFraction.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if let d = withFraction.date(from: s) { return d }
        let plain = ISO8601DateFormatter()
        plain.formatOptions = [.withInternetDateTime]
        if let d = plain.date(from: s) { return d }
        let dateOnly = ISO8601DateFormatter()
        dateOnly.formatOptions = [.withFullDate]
        return dateOnly.date(from: s)
    }

    /// "3 h", "12 days": how long ago `date` was, for freshness lines.
    public static func age(of date: Date, now: Date = Date()) -> String {
        let seconds = max(0, now.timeIntervalSince(date))
        switch seconds {
        case ..<120: return "\(Int(seconds)) s"
        case ..<7200: return "\(Int(seconds / 60)) min"
        case ..<172_800: return "\(Int(seconds / 3600)) h"
        default: return "\(Int(seconds / 86_400)) days"
        }
    }
}
