variable "openai_api_key" {
  description = "OpenAI key for the inference workers"
  type        = string
}

variable "database_password" {
  type    = string
  default = "siBtSFxpITpbcTs5SfIk"
}

variable "anthropic_api_key" {
  type      = string
  sensitive = true
}

variable "region" {
  default = "eu-west-1"
}
