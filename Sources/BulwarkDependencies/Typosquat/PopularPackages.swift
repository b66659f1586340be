import Foundation
import BulwarkFormats

/// Popular package names per ecosystem: the targets typosquatters imitate, and the names that are
/// never reported as squats themselves.
public enum PopularPackages {
    /// How many of the most popular PyPI and npm names are typosquatting targets.
    public static let targetCount = 5_000

    /// Names ordered by popularity (most popular first), as written by the registry.
    public static func ranked(_ eco: Ecosystem) -> [String] {
        switch eco {
        case .pypi, .conda: pypi
        case .npm: npm
        case .crates: crates
        case .go: goModules
        case .swift: swiftPackages
        default: []
        }
    }

    static let pypi: [String] = pypiRanked.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
    static let npm: [String] = npmRanked.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let crates: [String] = """
    serde serde_json serde_derive tokio syn quote proc-macro2 rand libc log regex clap anyhow thiserror bitflags once_cell
    lazy_static itertools futures chrono base64 hashbrown parking_lot memchr bytes cfg-if getrandom indexmap hyper reqwest
    url tracing tracing-subscriber smallvec uuid either num-traits aho-corasick byteorder time toml semver tempfile walkdir
    crossbeam crossbeam-channel rayon rustls ring sha2 digest hex http h2 mio socket2 tower axum actix-web env_logger
    unicode-width unicode-segmentation strsim heck atty termcolor ansi_term dirs glob flate2 miniz_oxide zip tar
    openssl openssl-sys pin-project pin-project-lite futures-util async-trait tokio-util prost tonic nom pest winapi
    windows-sys nix signal-hook slab tinyvec ahash dashmap arc-swap criterion proptest quickcheck bincode ron csv
    serde_yaml rmp-serde image num-bigint num-integer ndarray polars arrow sqlx diesel rusqlite redis mongodb
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let goModules: [String] = """
    github.com/stretchr/testify github.com/google/uuid github.com/sirupsen/logrus github.com/spf13/cobra github.com/spf13/viper
    github.com/gin-gonic/gin github.com/gorilla/mux github.com/gorilla/websocket github.com/pkg/errors github.com/golang/protobuf
    google.golang.org/protobuf google.golang.org/grpc github.com/prometheus/client_golang go.uber.org/zap github.com/go-sql-driver/mysql
    github.com/lib/pq github.com/jackc/pgx github.com/redis/go-redis github.com/go-redis/redis github.com/aws/aws-sdk-go
    github.com/aws/aws-sdk-go-v2 github.com/labstack/echo github.com/gofiber/fiber github.com/urfave/cli github.com/joho/godotenv
    github.com/golang-jwt/jwt github.com/dgrijalva/jwt-go github.com/mattn/go-sqlite3 github.com/boltdb/bolt go.etcd.io/bbolt
    github.com/hashicorp/consul github.com/hashicorp/vault github.com/hashicorp/terraform github.com/docker/docker
    github.com/kubernetes/client-go k8s.io/client-go k8s.io/apimachinery github.com/fatih/color github.com/spf13/pflag
    github.com/mitchellh/mapstructure github.com/davecgh/go-spew github.com/google/go-cmp github.com/gorilla/sessions
    github.com/rs/zerolog github.com/valyala/fasthttp github.com/json-iterator/go github.com/tidwall/gjson github.com/segmentio/kafka-go
    github.com/Shopify/sarama github.com/IBM/sarama github.com/nats-io/nats.go github.com/minio/minio-go github.com/cenkalti/backoff
    github.com/go-playground/validator github.com/go-chi/chi github.com/julienschmidt/httprouter github.com/olekukonko/tablewriter
    github.com/charmbracelet/bubbletea github.com/charmbracelet/lipgloss github.com/ethereum/go-ethereum github.com/btcsuite/btcd
    github.com/shopspring/decimal github.com/robfig/cron github.com/gocolly/colly github.com/PuerkitoBio/goquery
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    static let swiftPackages: [String] = """
    swift-argument-parser swift-nio swift-log swift-collections swift-algorithms swift-crypto swift-syntax swift-protobuf
    swift-numerics swift-atomics swift-system swift-metrics swift-async-algorithms swift-format swift-docc-plugin vapor fluent
    alamofire kingfisher snapkit rxswift swiftyjson realm-swift realm-core firebase-ios-sdk lottie-ios sdwebimage
    swift-composable-architecture swift-dependencies swift-snapshot-testing quick nimble grdb.swift yams promisekit
    moya keychainaccess swiftlint sourcery purchases-ios sentry-cocoa swift-openapi-generator async-http-client
    """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
}
