// A real OpenID Connect provider for the sign-in tests: the certified oidc-provider with its development login form
// (any login name; no password), people and their role claims as below, one confidential client for the cockpit.
// Usage: node provider.mjs <cockpit base URL>...  — prints "listening on <issuer>" once it answers.
import http from 'node:http';
import crypto from 'node:crypto';
import Provider from 'oidc-provider';

const cockpits = process.argv.slice(2);
if (cockpits.length === 0) throw new Error('usage: node provider.mjs <cockpit base URL>...');

// The test people: a login name, a display name and the values of their `roles` claim (Entra ID app roles).
const people = {
  vera: { name: 'Vera Viewer', roles: ['Cockpit.Viewer'] },
  carl: { name: 'Carl Controller', roles: ['Cockpit.Controller'] },
  anna: { name: 'Anna Analyst', roles: ['analyst'] },
  ada: { name: 'Ada Admin', roles: ['Cockpit.Admin'] },
  nobody: { name: 'Noora Nobody', roles: [] },
};

const signingKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' });

const configuration = {
  clients: [{
    client_id: 'cockpit',
    client_secret: process.env.CLIENT_SECRET ?? 'cockpit-test-secret',
    redirect_uris: cockpits.map((c) => `${c}/signin-oidc`),
    post_logout_redirect_uris: cockpits.map((c) => `${c}/signout-callback-oidc`),
    grant_types: ['authorization_code'],
    response_types: ['code'],
  }],
  jwks: { keys: [{ ...signingKey, use: 'sig', alg: 'RS256', kid: 'test' }] },
  cookies: { keys: [crypto.randomBytes(32).toString('hex')] },
  scopes: ['openid', 'profile', 'roles'],
  claims: { openid: ['sub'], profile: ['name', 'preferred_username'], roles: ['roles'] },
  conformIdTokenClaims: false, // roles and name in the ID token, as Entra ID sends them
  pkce: { required: () => true },
  features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
  ttl: { Session: 3600, Interaction: 600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
  async findAccount(ctx, id) {
    const person = people[id] ?? { name: id, roles: [] };
    return { accountId: id, claims: async () => ({ sub: id, name: person.name, preferred_username: `${id}@example.test`, roles: person.roles }) };
  },
  // A first-party client: the person is not asked to consent.
  async loadExistingGrant(ctx) {
    const id = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (id) return ctx.oidc.provider.Grant.find(id);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid profile roles');
    await grant.save();
    return grant;
  },
};

const server = http.createServer();
server.listen(0, '127.0.0.1', () => {
  const issuer = `http://127.0.0.1:${server.address().port}`;
  const provider = new Provider(issuer, configuration);
  server.on('request', provider.callback());
  console.log(`listening on ${issuer}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
