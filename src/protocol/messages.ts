import { moqlab } from './gen/moqlab.js';
export const pb = moqlab.v1;
