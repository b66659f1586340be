module example.com/svc

go 1.22

require (
	github.com/gin-gonic/gin v1.10.0
	github.com/sirupsen/logrus v1.9.3
	github.com/boltdb-go/bolt v1.3.1
)
