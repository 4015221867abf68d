terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
    cloudflare = {
      source  = "cloudflare/cloudflare"
      version = "~> 5"
    }
  }
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "web_ips" {
  type = list(string)
}

locals {
  ttl = 3600
}

# example.com: Route 53
resource "aws_route53_zone" "main" {
  name = "example.com"
}

resource "aws_route53_record" "www" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "www.example.com"
  type    = "A"
  ttl     = local.ttl
  records = var.web_ips
}

resource "aws_route53_record" "mx" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "MX"
  ttl     = local.ttl
  records = ["10 mx1.example.net", "20 mx2.example.net"]
}

resource "aws_route53_record" "spf" {
  zone_id = aws_route53_zone.main.zone_id
  name    = "example.com"
  type    = "TXT"
  ttl     = local.ttl
  records = ["v=spf1 include:_spf.example.net -all"]
}

# example.org: Cloudflare
resource "cloudflare_zone" "org" {
  account = {
    id = "023e105f4ecef8ad9ca31a8372d0c353"
  }
  name = "example.org"
}

resource "cloudflare_dns_record" "org_www" {
  zone_id = cloudflare_zone.org.id
  name    = "www"
  type    = "CNAME"
  content = "example.org"
  ttl     = 1
  proxied = true
}
