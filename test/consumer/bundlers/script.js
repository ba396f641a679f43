// What a partner's bundled site does to get the script-tag build: a bare side-effect import.
import 'eenzaamheid-hulp/script';
