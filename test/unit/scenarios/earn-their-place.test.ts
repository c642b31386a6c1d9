import { basename } from 'node:path';
import { shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { earnTheirPlace, SNAPDEAL_HALF } from './earn-their-place.ts';

earnTheirPlace(shippedScenarioDirs().map((d) => basename(d)).filter((id) => !SNAPDEAL_HALF.includes(id)));
