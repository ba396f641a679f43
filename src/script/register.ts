/** The main code of the script-tag build: loading it registers `<eenzaamheid-hulp>`. */
import '../define.js';
