import { runFromEnv } from '@rtop/service-host';
import { STANDALONE } from './standalone';

void runFromEnv(STANDALONE);
