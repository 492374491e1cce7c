/**
 * Registers, before anything is printed, every value the action must never write out: the token, inputs whose name
 * says they are secret, anything in an input that looks like a credential (a GitHub token pasted into a path, an AWS
 * key id), and the runner's and AWS's credentials from the environment. log.ts then redacts them from every log line,
 * annotation, summary, comment and file the action writes.
 */
import { addSecret } from '../log.js';

type Env = Readonly<Record<string, string | undefined>>;

/** Credentials by their shape; each match is registered on its own (it may sit inside a longer value). */
const CREDENTIAL_SHAPES: readonly RegExp[] = [
  /\bgh[pousr]_[A-Za-z0-9]{30,}\b/g, // GitHub tokens: PAT, OAuth, user-to-server, server-to-server, refresh
  /\bgithub_pat_[A-Za-z0-9_]{30,}\b/g, // fine-grained PAT
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, // AWS access key id
  /\bxox[abeprs]-[A-Za-z0-9-]{10,}\b/g, // Slack
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]*/g, // a JWT
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
];

/** An input whose name says its value is secret (`github-token`, `api-password`...). */
const SECRET_INPUT = /^INPUT_.*(?:TOKEN|SECRET|PASSWORD|PASSWD|CREDENTIAL)/i;

/** Environment variables that hold credentials the action's libraries send. */
const SECRET_ENV = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
] as const;

/** The credential-shaped parts of `text`. */
export function credentialsIn(text: string): string[] {
  return CREDENTIAL_SHAPES.flatMap((re) => text.match(re) ?? []);
}

/** Registers every secret of the environment and the inputs (`INPUT_*`) with log.addSecret. */
export function registerSecrets(env: Env): void {
  for (const [name, value] of Object.entries(env)) {
    if (!value) continue;
    if (SECRET_INPUT.test(name)) addSecret(value);
    if (name.startsWith('INPUT_')) for (const c of credentialsIn(value)) addSecret(c);
  }
  for (const name of SECRET_ENV) {
    const value = env[name];
    if (value) addSecret(value);
  }
}
