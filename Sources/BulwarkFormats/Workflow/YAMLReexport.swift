// The bounded YAML reader lives in its own target so that Core (configuration) and Formats share
// it; files that import BulwarkFormats keep seeing YNode, YAMLTree and YAMLLimits.
@_exported import BulwarkYAML
