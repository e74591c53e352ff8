/** True under the `development` export condition: the element warns about attribute values it cannot use. */
export const DEV_MODE: boolean = true;
