module example.com/svc

go 1.22

require (
	github.com/stretchr/testify v1.9.0
	github.com/sirupsen/logruss v1.9.3
)
