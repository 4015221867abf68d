// The platform team's records in example.com.
D_EXTEND('example.com',
  WEB_HOST('api', '192.0.2.20', '2001:db8::20'),
  SRV('_https._tcp.api', 10, 10, 443, 'api.example.com.'),
);
