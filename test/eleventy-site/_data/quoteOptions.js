// Liquid has no object literals: a template may pass an options object from data.
export default {lang: 'en', variant: 'featured'};
