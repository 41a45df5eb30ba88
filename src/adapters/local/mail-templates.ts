import type { LocaleCode } from '../../core/preset.js';

export type MailKind = 'signup' | 'already-registered' | 'reset' | 'password-changed';

export interface MailText {
  subject: string;
  body: string;
}

export interface MailContext {
  /** The help desk's name, from the preset. */
  siteName: string;
  /** The link to follow, for `signup` and `reset`. */
  url?: string;
  /** How long the link lasts, in hours. */
  hours?: number;
}

type Templates = Record<MailKind, (context: MailContext) => MailText>;

const es: Templates = {
  signup: ({ siteName, url, hours }) => ({
    subject: `Complete su registro en ${siteName}`,
    body: `Hola:\n\nPara crear su cuenta en ${siteName}, abra este enlace y elija su nombre y contraseña:\n\n${url}\n\nEl enlace vale ${hours} horas y sirve una sola vez. Si no pidió registrarse, ignore este mensaje.`
  }),
  'already-registered': ({ siteName }) => ({
    subject: `Ya tiene una cuenta en ${siteName}`,
    body: `Hola:\n\nAlguien pidió registrar esta dirección en ${siteName}, pero ya tiene una cuenta. Inicie sesión con su contraseña o, si la olvidó, use «¿Olvidó su contraseña?».\n\nSi no fue usted, ignore este mensaje.`
  }),
  reset: ({ siteName, url, hours }) => ({
    subject: `Restablezca su contraseña de ${siteName}`,
    body: `Hola:\n\nPara elegir una contraseña nueva, abra este enlace:\n\n${url}\n\nEl enlace vale ${hours} hora(s) y sirve una sola vez. Si no lo pidió, ignore este mensaje: su contraseña no cambia.`
  }),
  'password-changed': ({ siteName }) => ({
    subject: `Su contraseña de ${siteName} cambió`,
    body: `Hola:\n\nLa contraseña de su cuenta en ${siteName} acaba de cambiar. Si no fue usted, restablézcala ahora y avise al equipo de soporte.`
  })
};

const en: Templates = {
  signup: ({ siteName, url, hours }) => ({
    subject: `Finish signing up to ${siteName}`,
    body: `Hello,\n\nTo create your account on ${siteName}, open this link and choose your name and password:\n\n${url}\n\nThe link lasts ${hours} hours and works once. If you did not ask to sign up, ignore this message.`
  }),
  'already-registered': ({ siteName }) => ({
    subject: `You already have an account on ${siteName}`,
    body: `Hello,\n\nSomeone asked to sign up this address to ${siteName}, but it already has an account. Sign in with your password or, if you forgot it, use "Forgot your password?".\n\nIf it was not you, ignore this message.`
  }),
  reset: ({ siteName, url, hours }) => ({
    subject: `Reset your ${siteName} password`,
    body: `Hello,\n\nTo choose a new password, open this link:\n\n${url}\n\nThe link lasts ${hours} hour(s) and works once. If you did not ask for it, ignore this message: your password stays the same.`
  }),
  'password-changed': ({ siteName }) => ({
    subject: `Your ${siteName} password changed`,
    body: `Hello,\n\nThe password of your ${siteName} account has just changed. If it was not you, reset it now and tell the support team.`
  })
};

const ptBR: Templates = {
  signup: ({ siteName, url, hours }) => ({
    subject: `Conclua seu cadastro em ${siteName}`,
    body: `Olá,\n\nPara criar sua conta em ${siteName}, abra este link e escolha seu nome e senha:\n\n${url}\n\nO link vale ${hours} horas e funciona uma vez. Se você não pediu o cadastro, ignore esta mensagem.`
  }),
  'already-registered': ({ siteName }) => ({
    subject: `Você já tem uma conta em ${siteName}`,
    body: `Olá,\n\nAlguém pediu para cadastrar este endereço em ${siteName}, mas ele já tem uma conta. Entre com sua senha ou, se a esqueceu, use "Esqueceu sua senha?".\n\nSe não foi você, ignore esta mensagem.`
  }),
  reset: ({ siteName, url, hours }) => ({
    subject: `Redefina sua senha de ${siteName}`,
    body: `Olá,\n\nPara escolher uma nova senha, abra este link:\n\n${url}\n\nO link vale ${hours} hora(s) e funciona uma vez. Se você não pediu, ignore esta mensagem: sua senha continua a mesma.`
  }),
  'password-changed': ({ siteName }) => ({
    subject: `Sua senha de ${siteName} foi alterada`,
    body: `Olá,\n\nA senha da sua conta em ${siteName} acabou de ser alterada. Se não foi você, redefina-a agora e avise a equipe de suporte.`
  })
};

const templates: Record<LocaleCode, Templates> = { es, en, 'pt-BR': ptBR };

export function renderMail(locale: LocaleCode, kind: MailKind, context: MailContext): MailText {
  return (templates[locale] ?? en)[kind](context);
}
