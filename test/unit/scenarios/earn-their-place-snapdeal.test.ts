import { earnTheirPlace, SNAPDEAL_HALF } from './earn-their-place.ts';

earnTheirPlace(SNAPDEAL_HALF);
