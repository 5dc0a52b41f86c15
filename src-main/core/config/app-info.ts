import pkg from '../../../package.json';

export const APP_NAME = 'KIM Fallakte';
export const APP_VERSION: string = pkg.version;
