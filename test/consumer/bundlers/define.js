// What a partner's bundled site does to get the npm library build registered: a bare side-effect import.
import 'eenzaamheid-hulp/define';
