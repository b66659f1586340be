module example.com/infra

go 1.22

require (
	github.com/aws/aws-cdk-go/awscdk/v2 v2.150.0
	github.com/aws/aws-sdk-go v1.55.5
	github.com/aws/constructs-go/constructs/v10 v10.3.0
	github.com/aws/jsii-runtime-go v1.101.0
)
