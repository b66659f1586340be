/// The AI BOM generator (see BOMBuilder).
public enum BulwarkBOM {}
