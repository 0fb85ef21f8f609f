/** The delegations chart's words in Spanish (same shape as strings.ts). */
import { formatDate } from '../../i18n/format';
import { shortDateEs } from '../core/words';
import type { DelegationWords } from './strings';

/**
 * Spanish titles, and names where they differ (military ranks: Gral., Almte.).
 * Titles follow Mexican usage ("Secretaria de Relaciones Exteriores", "Comisionado
 * del INM"); short forms fit a phone column: about 21 characters as a title, 19
 * where an office stands in for a name (bold).
 */
const PEOPLE_ES: DelegationWords['people'] = {
	biden: { title: 'Presidente de Estados Unidos', shortTitle: 'Presidente' },
	blinken: { title: 'Secretario de Estado', shortTitle: 'Secretario de Estado' },
	mayorkas: { title: 'Secretario de Seguridad Nacional', shortTitle: 'Seguridad Nacional' },
	sherwood: { title: 'Asesora de Seguridad Nacional, Casa Blanca', shortTitle: 'Asesora, Casa Blanca' },
	monaco: { title: 'Fiscal general adjunta', shortTitle: 'Fiscal gral. adjunta' },
	coleman: { title: 'Administradora adjunta de USAID', shortTitle: 'Adjunta de USAID' },
	salazar: { title: 'Embajador de EE.\u00a0UU. en México', shortTitle: 'Embajador' },
	verma: { title: 'Subsecretario de Estado de Gestión y Recursos', shortTitle: 'Subsecretario' },
	amlo: { title: 'Presidente de México', shortTitle: 'Presidente' },
	barcena: { title: 'Secretaria de Relaciones Exteriores (SRE)', shortTitle: 'Canciller' },
	rosaicela: { title: 'Secretaria de Seguridad y Protección Ciudadana', shortTitle: 'Seguridad (SSPC)' },
	sandoval: {
		// The rank makes the full name too long for a column; the press drops the second surname.
		displayName: 'Gral. Luis Cresencio Sandoval',
		shortName: 'Gral. Sandoval',
		title: 'Secretario de la Defensa Nacional',
		shortTitle: 'Defensa (Sedena)',
	},
	ojeda: { displayName: 'Almte. José Rafael Ojeda Durán', shortName: 'Almte. Ojeda', title: 'Secretario de Marina (Semar)', shortTitle: 'Marina (Semar)' },
	alcalde: { title: 'Secretaria de Gobernación', shortTitle: 'Gobernación (Segob)', narrowTitle: 'Segob' },
	moctezuma: { title: 'Embajador de México en Estados Unidos', shortTitle: 'Embajador en EE.\u00a0UU.' },
	medina: { title: 'Subsecretario de Gobernación (migración)', shortTitle: 'Subsecretario, Segob' },
	velasco: { title: 'Jefe de la Unidad para América del Norte, SRE', shortTitle: 'Norteamérica, SRE' },
	garduno: { title: 'Comisionado del Instituto Nacional de Migración (INM)', shortTitle: 'Comisionado del INM' },
	celorio: { title: 'Consultor jurídico de la SRE', shortTitle: 'Consultor jurídico' },
	borrego: { title: 'Jefe de oficina de la canciller', shortTitle: 'Jefe de oficina, SRE' },
	martinez: { title: 'Canciller de Guatemala', shortTitle: 'Canciller' },
	jimenez: { title: 'Ministro de Gobernación de Guatemala', shortTitle: 'Min. de Gobernación' },
};

const day = (iso: string) => formatDate(iso, 'es');

export const es: DelegationWords = {
	lang: 'es',
	people: PEOPLE_ES,
	meeting: {
		dec27: [`Ciudad de México, Palacio Nacional, ${day('2023-12-27')}`, `Ciudad de México, ${shortDateEs('2023-12-27')}`],
		jan19: [`Washington, Departamento de Estado, ${day('2024-01-19')}`, `Washington, ${shortDateEs('2024-01-19')}`],
		leads: [`Washington, ${day('2024-01-19')}: quién encabezó cada lado`, `${shortDateEs('2024-01-19')}: quién encabezó`],
		added: [`Washington, ${day('2024-01-19')}: nuevos desde el 27 de diciembre`, `${shortDateEs('2024-01-19')}: nuevos desde el 27 dic`],
		counterparts: [`Washington, ${day('2024-01-19')}: homólogos`, `${shortDateEs('2024-01-19')}: homólogos`],
		feb28: [`Washington, ${day('2024-02-28')}: reunión trilateral con Guatemala`, `${shortDateEs('2024-02-28')}: con Guatemala`],
		overview: [`Washington, ${day('2024-01-19')}: jefes de delegación y homólogos`, `Washington, ${shortDateEs('2024-01-19')}`],
	},
	side: { US: 'Estados Unidos', MX: 'México', GT: 'Guatemala' },
	tag: {
		oneOutlet: ['Lo reportó un solo medio', 'Un solo medio'],
		office: ['Asistió su dependencia; nombre no reportado', 'Nombre no reportado'],
		host: ['Anfitrión', 'Anfitrión'],
		leadUS: ['Encabezó el equipo de EE.\u00a0UU.', 'Encabezó a EE.\u00a0UU.'],
		leadMX: ['Encabezó la delegación de México', 'Encabezó a México'],
		added: ['Se sumó después del 27 dic', 'Se sumó'],
		named: ['Ahora con nombre; el 27 dic, solo su cargo', 'Ahora con nombre'],
		notThere: ['No estuvo en la reunión; habló por teléfono', 'No estuvo presente'],
	},
	noteTag: {
		'received the U.S. team at the airport': ['Recibió al equipo de EE.\u00a0UU. en el aeropuerto', 'Recibió a EE.\u00a0UU.'],
	},
	sourced: ['Vínculo según resúmenes o reportes', 'Vínculo con fuente'],
	editorial: ['Emparejamiento nuestro por cargo (editorial), sin fuente', 'Emparejamiento nuestro, sin fuente'],
};
