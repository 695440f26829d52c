import { z } from 'zod';

// zod's own messages in Russian for every module that validates user- or wire-facing data
z.config(z.locales.ru());
