module github.com/acme/inference-gateway

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/spf13/cobra v1.8.1
	github.com/spf13/pflag v1.0.5
	github.com/spf13/viper v1.19.0
	github.com/stretchr/testify v1.9.0
	go.uber.org/zap v1.27.0
	google.golang.org/grpc v1.68.0
	google.golang.org/protobuf v1.35.2
	github.com/go-playground/validator/v10 v10.22.1
	github.com/sashabaranov/go-openai v1.35.6
	github.com/redis/go-redis/v9 v9.7.0
	github.com/jackc/pgx/v5 v5.7.1
	github.com/google/uuid v1.6.0
)

require (
	golang.org/x/net v0.31.0 // indirect
	golang.org/x/sys v0.27.0 // indirect
	golang.org/x/text v0.20.0 // indirect
	github.com/gin-contrib/sse v0.1.0 // indirect
	github.com/davecgh/go-spew v1.1.2-0.20180830191138-d8f796af33cc // indirect
)
