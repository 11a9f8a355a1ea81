import { plainToInstance } from 'class-transformer';
import { ValidationError, validateSync } from 'class-validator';
import { RtopEnvironment } from './rtop-environment';
import { settingsOf } from './setting';

/** The environment as a process receives it. */
export type Environment = Readonly<Record<string, string | undefined>>;

const OIDC = 'RTOP_OIDC_';

/**
 * The `validate` function of the configuration: every setting read from `env` by its rule, its
 * default where unset (an empty variable is unset). Throws one line per wrong setting, each naming
 * the variable, what it must be and (unless it is a secret) what it is.
 */
export function validateEnvironment(env: Environment): RtopEnvironment {
  const given = (name: string) => (env[name]?.trim() ? env[name] : undefined);
  // Every setting is given, unset ones too: a list reads unset as empty, a switch as off.
  const plain = Object.fromEntries([...settingsOf(RtopEnvironment)].map(([name, doc]) => [name, given(name) ?? doc.default]));
  const environment = plainToInstance(RtopEnvironment, plain);
  const problems = validateSync(environment).map((error) => problemOf(error, given(error.property)));
  // A provider's settings without the provider would be ignored: say so rather than run without it.
  if (!given(`${OIDC}ISSUER`)) {
    const stray = Object.keys(env).find((name) => name.startsWith(OIDC) && given(name));
    if (stray) problems.push(`${stray} is set but ${OIDC}ISSUER is not: name the OpenID Connect issuer, or unset ${stray}`);
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return environment;
}

function problemOf(error: ValidationError, text: string | undefined): string {
  const rule = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
  const secret = settingsOf(RtopEnvironment).get(error.property)?.secret;
  return text === undefined || secret ? rule : `${rule}; it is ${JSON.stringify(text)}`;
}

/** The process's own environment, validated: for what is built outside an app's modules (a read model the command line rebuilds). */
export function processEnvironment(): RtopEnvironment {
  return validateEnvironment(process.env);
}
