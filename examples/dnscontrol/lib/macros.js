// Google Workspace mail: the five MX records Google documents, as one reusable modifier list.
var GOOGLE_WORKSPACE_MAIL = [
  MX('@', 1, 'aspmx.l.google.com.'),
  MX('@', 5, 'alt1.aspmx.l.google.com.'),
  MX('@', 5, 'alt2.aspmx.l.google.com.'),
  MX('@', 10, 'alt3.aspmx.l.google.com.'),
  MX('@', 10, 'alt4.aspmx.l.google.com.'),
];

// A web host with both address families.
function WEB_HOST(name, v4, v6) {
  return [A(name, v4), AAAA(name, v6)];
}
