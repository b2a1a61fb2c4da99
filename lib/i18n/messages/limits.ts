/** Explanations of the budgets that keep hostile input bounded (disk, path walking, simulation size). */
import { fromRows, type KeyOf } from "../rows";

const ROWS = [
  [
    "server.lseekFailed",
    "REST {offset} is past the largest offset the disk accepts ({max}): lseek() fails and vsftpd ends the session without a reply.",
    "REST {offset} supera el mayor desplazamiento que admite el disco ({max}): lseek() falla y vsftpd termina la sesión sin responder.",
  ],
  [
    "server.fileTooBig",
    "The file would grow past {max} bytes, the largest file this server's in-memory disk holds: the write fails and vsftpd answers 451.",
    "El archivo pasaría de {max} bytes, el mayor archivo que cabe en el disco en memoria de este servidor: la escritura falla y vsftpd responde 451.",
  ],
  [
    "server.pasvIpv6",
    "PASV on an IPv6 control connection ({addr}): a 227 reply can only carry an IPv4 address, so vsftpd 3.0.3 announces 0,0,0,0 with the port; clients should use EPSV here.",
    "PASV en una conexión de control IPv6 ({addr}): una respuesta 227 solo puede llevar una dirección IPv4, así que vsftpd 3.0.3 anuncia 0,0,0,0 con el puerto; aquí los clientes deberían usar EPSV.",
  ],
  [
    "server.listMatchBudget",
    "This listing used up its {steps} filter-matching steps (every session here shares one thread): the names not yet checked are left out. vsftpd itself only caps each name at 1000 steps.",
    "Este listado agotó sus {steps} pasos de comparación con el filtro (aquí todas las sesiones comparten un hilo): se omiten los nombres aún no comparados. vsftpd solo limita cada nombre a 1000 pasos.",
  ],
  [
    "lesson.ui.share.tooLarge",
    "the link unpacks to more than {max} bytes, more than any shared session needs (it may be a compression bomb)",
    "el enlace se descomprime en más de {max} bytes, más de lo que necesita cualquier sesión compartida (puede ser una bomba de compresión)",
  ],
] as const;

export type LimitsMessageKey = KeyOf<typeof ROWS>;

export const messages = fromRows(ROWS);
