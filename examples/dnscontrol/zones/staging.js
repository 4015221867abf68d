// Staging lives under staging.example.com, declared through D_EXTEND of a subdomain.
D_EXTEND('staging.example.com',
  A('@', '192.0.2.30'),
  CNAME('app', '@'),
);
