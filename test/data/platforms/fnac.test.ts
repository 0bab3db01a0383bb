import { productUrls, otherUrls } from '../../helpers/url-table';

productUrls('fnac', [
  ['https://www.fnac.com/Console-Sony-PS5-Pro-Blanc-et-Noir/a20901133/w-4', '/a<id>'],
  ['https://www.fnac.com/Apple-iPhone-14-128-Go-Minuit/a16832544', '/a<id>'],
  ['https://www.fnac.com/a17312773/w-4', '/a<id>'],
  ['http://www.fnac.com/a5715697/Dan-Brown-Inferno-Version-francaise?ectrans=1', '/a<id>'],
  ['https://livre.fnac.com/a5715697/Dan-Brown-Inferno-Version-francaise', '/a<id>'],
  ['https://www.fnac.com/mp45752415/Dynabook-Toshiba-Satellite-Pro-C40-H-115-Intel-Core-i3/w-4', '/mp<id>'],
  ['http://www.fnac.com/mp26613509/Body-one-halteres-poignets-chevilles-2-x-2kg/w-4?ectrans=1', '/mp<id>'],
  ['https://www.fnac.com/mp13049466/Domoclip-DOM171-Bol-mixeur-blender/w-4', '/mp<id>'],
]);

otherUrls('fnac', [
  'https://www.fnac.com/',
  'https://www.fnac.com/SearchResult/ResultList.aspx?SCat=0&Search=inoubliable+symphonie',
  'https://www.fnac.com/SearchResult/ResultSet.aspx?SCat=0&Search=ps5',
  'https://www.fnac.com/ventes-flash',
  'https://www.fnac.com/localiser-magasin-fnac/w-4',
  'https://www.fnac.com/ia5715697/Dan-Brown', // 'ia', not 'a': the rule is anchored on the segment
]);
