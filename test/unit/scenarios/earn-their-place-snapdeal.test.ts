import { earnTheirPlace } from './earn-their-place.ts';

earnTheirPlace(['snapdeal-iac']);
