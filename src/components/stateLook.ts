// The look of a future state lives with the layout, so exports draw states as the page does.
export { stateLook, type StateLook } from '../layout/stateLook';
