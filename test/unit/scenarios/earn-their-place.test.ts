import { basename } from 'node:path';
import { shippedScenarioDirs } from '../../../src/cli/scenario-files.ts';
import { earnTheirPlace } from './earn-their-place.ts';

earnTheirPlace(shippedScenarioDirs().map((d) => basename(d)).filter((id) => id !== 'snapdeal-iac'));
