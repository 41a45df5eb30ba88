import type { FileKind } from '../../core/index.js';
import type { LocaleCode } from '../../core/preset.js';

/**
 * The texts the local backend writes that the core catalogs do not have yet: its own checks of passwords, names,
 * attachments and routing, and the default name of the support agent. Field rules use the core catalogs
 * (`field.*`), so the server-side check of a field reads exactly like the form's own. In the preset's locale,
 * because that is the language of the demo's people, and in the same register as the core catalogs.
 */
export interface LocalMessages {
  wrongType: (label: string) => string;
  passwordTooShort: (min: number) => string;
  passwordTooLong: (max: number) => string;
  currentPasswordWrong: string;
  nameRequired: string;
  commentRequired: string;
  emailInvalid: string;
  tooManyFiles: (max: number) => string;
  fileTooLarge: (name: string, maxBytes: number) => string;
  filesTooLarge: (maxBytes: number) => string;
  fileTypeNotAccepted: (name: string) => string;
  tooManyOfKind: (kind: string, max: number) => string;
  fileKinds: Record<FileKind, string>;
  attachmentsRequired: string;
  attachmentsNotAccepted: string;
  unknownFile: string;
  channelNotOffered: string;
  phoneRequired: string;
  unknownDepartment: string;
  supportAgent: string;
}

const megabytes = (bytes: number): string => `${Math.round((bytes / 1_048_576) * 10) / 10} MB`;

const es: LocalMessages = {
  wrongType: label => `El valor de ${label} no es válido.`,
  passwordTooShort: min => `La contraseña debe tener al menos ${min} caracteres.`,
  passwordTooLong: max => `La contraseña admite como máximo ${max} caracteres.`,
  currentPasswordWrong: 'La contraseña actual no es correcta.',
  nameRequired: 'Escriba su nombre.',
  commentRequired: 'Escriba un mensaje o adjunte un archivo.',
  emailInvalid: 'Escriba un correo electrónico válido.',
  tooManyFiles: max => `Puede adjuntar como máximo ${max} archivos.`,
  fileTooLarge: (name, max) => `«${name}» supera el tamaño máximo de ${megabytes(max)}.`,
  filesTooLarge: max => `Los adjuntos superan en total ${megabytes(max)}.`,
  fileTypeNotAccepted: name => `No se admite el tipo de archivo de «${name}».`,
  tooManyOfKind: (kind, max) => `Puede adjuntar como máximo ${max} archivo(s) de tipo ${kind}.`,
  fileKinds: {
    image: 'imagen',
    video: 'video',
    audio: 'audio',
    document: 'documento',
    archive: 'archivo comprimido',
    other: 'otro'
  },
  attachmentsRequired: 'Adjunte al menos un archivo.',
  attachmentsNotAccepted: 'Este formulario no admite adjuntos.',
  unknownFile: 'Uno de los adjuntos ya no está disponible; adjúntelo de nuevo.',
  channelNotOffered: 'Esta forma de atención no está disponible.',
  phoneRequired: 'Escriba un teléfono para devolverle la llamada.',
  unknownDepartment: 'Elija uno de los departamentos.',
  supportAgent: 'Equipo de soporte'
};

const en: LocalMessages = {
  wrongType: label => `The value of ${label} is not valid.`,
  passwordTooShort: min => `The password must have at least ${min} characters.`,
  passwordTooLong: max => `The password can have at most ${max} characters.`,
  currentPasswordWrong: 'The current password is not correct.',
  nameRequired: 'Enter your name.',
  commentRequired: 'Write a message or attach a file.',
  emailInvalid: 'Enter a valid e-mail address.',
  tooManyFiles: max => `You can attach at most ${max} files.`,
  fileTooLarge: (name, max) => `"${name}" is larger than ${megabytes(max)}.`,
  filesTooLarge: max => `The attachments add up to more than ${megabytes(max)}.`,
  fileTypeNotAccepted: name => `The file type of "${name}" is not accepted.`,
  tooManyOfKind: (kind, max) => `You can attach at most ${max} file(s) of kind ${kind}.`,
  fileKinds: {
    image: 'image',
    video: 'video',
    audio: 'audio',
    document: 'document',
    archive: 'archive',
    other: 'other'
  },
  attachmentsRequired: 'Attach at least one file.',
  attachmentsNotAccepted: 'This form takes no attachments.',
  unknownFile: 'One of the attachments is no longer available; attach it again.',
  channelNotOffered: 'This way of being attended is not offered.',
  phoneRequired: 'Enter a phone number to call you back.',
  unknownDepartment: 'Choose one of the departments.',
  supportAgent: 'Support team'
};

const ptBR: LocalMessages = {
  wrongType: label => `O valor de ${label} não é válido.`,
  passwordTooShort: min => `A senha deve ter pelo menos ${min} caracteres.`,
  passwordTooLong: max => `A senha admite no máximo ${max} caracteres.`,
  currentPasswordWrong: 'A senha atual não está correta.',
  nameRequired: 'Escreva seu nome.',
  commentRequired: 'Escreva uma mensagem ou anexe um arquivo.',
  emailInvalid: 'Escreva um endereço de e-mail válido.',
  tooManyFiles: max => `Você pode anexar no máximo ${max} arquivos.`,
  fileTooLarge: (name, max) => `"${name}" ultrapassa o tamanho máximo de ${megabytes(max)}.`,
  filesTooLarge: max => `Os anexos ultrapassam ${megabytes(max)} no total.`,
  fileTypeNotAccepted: name => `O tipo de arquivo de "${name}" não é aceito.`,
  tooManyOfKind: (kind, max) => `Você pode anexar no máximo ${max} arquivo(s) do tipo ${kind}.`,
  fileKinds: {
    image: 'imagem',
    video: 'vídeo',
    audio: 'áudio',
    document: 'documento',
    archive: 'arquivo compactado',
    other: 'outro'
  },
  attachmentsRequired: 'Anexe pelo menos um arquivo.',
  attachmentsNotAccepted: 'Este formulário não aceita anexos.',
  unknownFile: 'Um dos anexos não está mais disponível; anexe-o novamente.',
  channelNotOffered: 'Este meio de atendimento não está disponível.',
  phoneRequired: 'Escreva um telefone para retornarmos a ligação.',
  unknownDepartment: 'Escolha um dos departamentos.',
  supportAgent: 'Equipe de suporte'
};

const localCatalogs: Record<LocaleCode, LocalMessages> = { es, en, 'pt-BR': ptBR };

export function messagesFor(locale: LocaleCode): LocalMessages {
  return localCatalogs[locale] ?? en;
}
